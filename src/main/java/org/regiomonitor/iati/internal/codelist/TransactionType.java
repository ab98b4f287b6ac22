package org.regiomonitor.iati.internal.codelist;

/** IATI code list TransactionType (2.03, complete). */
public enum TransactionType implements IatiCode {
    INCOMING_FUNDS("1"),
    OUTGOING_COMMITMENT("2"),
    DISBURSEMENT("3"),
    EXPENDITURE("4"),
    INTEREST_PAYMENT("5"),
    LOAN_REPAYMENT("6"),
    REIMBURSEMENT("7"),
    PURCHASE_OF_EQUITY("8"),
    SALE_OF_EQUITY("9"),
    CREDIT_GUARANTEE("10"),
    INCOMING_COMMITMENT("11"),
    OUTGOING_PLEDGE("12"),
    INCOMING_PLEDGE("13");

    private final String code;

    TransactionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
