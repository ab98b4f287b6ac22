/**
 * Users, roles and rights: log-in (form, HTTP Basic, personal API tokens) and the
 * {@link org.regiomonitor.security.AccessPolicy} every feature asks before it shows or changes data.
 * <p>
 * Owns {@code app_user}, {@code user_programme}, {@code user_project}, {@code api_token}, the session tables
 * ({@code spring_session}, {@code spring_session_attributes}) and {@code login_attempt}. Programmes and
 * projects (the portfolio's) are read through {@link org.regiomonitor.security.AssignableWork}, which the
 * portfolio implements: the portfolio asks the policy, so security cannot call the portfolio.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.AppUser.class,
        org.regiomonitor.db.tables.UserProgramme.class,
        org.regiomonitor.db.tables.UserProject.class,
        org.regiomonitor.db.tables.ApiToken.class,
        org.regiomonitor.db.tables.SpringSession.class,
        org.regiomonitor.db.tables.SpringSessionAttributes.class,
        org.regiomonitor.db.tables.LoginAttempt.class})
package org.regiomonitor.security;
