package org.regiomonitor.monitor.internal;

import org.regiomonitor.monitor.imports.ImportFiles;
import org.regiomonitor.monitor.imports.ImportProblems;

/**
 * Brings the areas a CBS table's region code list names (with ended municipalities, their validity and
 * mergers) into the areas before the table's figures are matched, in the import's transaction.
 */
public interface RegionCodeListImport {

    void apply(ImportFiles files, ImportProblems problems);
}
