package org.regiomonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Index;
import org.jooq.Key;
import org.jooq.Table;
import org.regiomonitor.db.DefaultSchema;
import org.regiomonitor.db.Indexes;
import org.regiomonitor.db.Keys;
import org.regiomonitor.db.Tables;
import org.regiomonitor.shared.OwnsTables;

/**
 * Which feature owns which table (read from the {@link OwnsTables} declarations on the features'
 * {@code package-info}), and the architecture rule built on it: a class of one feature touches neither a
 * table of another feature (its generated table or record class, or a field of {@code Tables}, {@code Keys}
 * or {@code Indexes} that stands for it) nor another feature's internals (its sub-packages).
 */
final class TableOwnership {

    static final String ROOT = "org.regiomonitor";
    /** Open modules: every feature may use them (the source table is the shared kernel). */
    static final Set<String> OPEN = Set.of("shared", "db");

    /** Table name → owning feature (top-level package name). */
    final Map<String, String> ownerByTable = new HashMap<>();
    /** Generated table or record class name → table name. */
    private final Map<String, String> tableByClass = new HashMap<>();

    TableOwnership(List<String> features) {
        Map<String, String> tableByTableClass = new HashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            tableByTableClass.put(table.getClass().getName(), table.getName());
            tableByClass.put(table.getClass().getName(), table.getName());
            tableByClass.put(table.getRecordType().getName(), table.getName());
        }
        for (String feature : features) {
            OwnsTables owns = declaration(feature);
            if (owns == null) {
                continue;
            }
            for (Class<?> tableClass : owns.value()) {
                String table = tableByTableClass.get(tableClass.getName());
                String previous = ownerByTable.put(table, feature);
                if (previous != null) {
                    throw new IllegalStateException(table + " is declared by both " + previous + " and " + feature);
                }
            }
        }
    }

    static OwnsTables declaration(String feature) {
        try {
            return Class.forName(ROOT + "." + feature + ".package-info").getAnnotation(OwnsTables.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The rule, for the classes of the features (generated classes and the application class are not checked). */
    ArchRule rule() {
        return classes().that().resideInAPackage(ROOT + ".(*)..")
                .and().resideOutsideOfPackage(ROOT + ".db..")
                .should(touchOnlyOwnTablesAndOtherFeaturesApis())
                .because("each table has one owning feature; others read and write it through the owner's API");
    }

    private ArchCondition<JavaClass> touchOnlyOwnTablesAndOtherFeaturesApis() {
        return new ArchCondition<>("touch only their own feature's tables and other features' APIs") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String feature = feature(javaClass.getPackageName()).orElseThrow();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String table = tableByClass.get(target.getName());
                    if (table != null) {
                        checkTable(feature, table, dependency.getDescription(), javaClass, events);
                    } else {
                        checkInternals(feature, target, dependency.getDescription(), javaClass, events);
                    }
                }
                for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                    tableOfStaticField(access.getTargetOwner().getName(), access.getName())
                            .ifPresent(table -> checkTable(feature, table, access.getDescription(), javaClass, events));
                }
            }
        };
    }

    private void checkTable(String feature, String table, String description, JavaClass javaClass,
            ConditionEvents events) {
        String owner = ownerByTable.get(table);
        if (!feature.equals(owner) && !"shared".equals(owner)) {
            events.add(SimpleConditionEvent.violated(javaClass,
                    description + " [table " + table + " is owned by " + owner + ", not " + feature + "]"));
        }
    }

    private static void checkInternals(String feature, JavaClass target, String description, JavaClass javaClass,
            ConditionEvents events) {
        String targetPackage = target.getPackageName();
        Optional<String> targetFeature = feature(targetPackage);
        if (targetFeature.isEmpty() || targetFeature.get().equals(feature) || OPEN.contains(targetFeature.get())) {
            return;
        }
        if (!targetPackage.equals(ROOT + "." + targetFeature.get())) {
            events.add(SimpleConditionEvent.violated(javaClass,
                    description + " [" + targetFeature.get() + " internals, not its API]"));
        }
    }

    /** The table that a static field of {@code Tables}, {@code Keys} or {@code Indexes} stands for. */
    private static Optional<String> tableOfStaticField(String owner, String field) {
        try {
            if (owner.equals(Tables.class.getName())) {
                return Optional.of(((Table<?>) Tables.class.getField(field).get(null)).getName());
            }
            if (owner.equals(Keys.class.getName())) {
                return Optional.of(((Key<?>) Keys.class.getField(field).get(null)).getTable().getName());
            }
            if (owner.equals(Indexes.class.getName())) {
                return Optional.of(((Index) Indexes.class.getField(field).get(null)).getTable().getName());
            }
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner + "." + field, e);
        }
    }

    /** The feature (top-level package under org.regiomonitor) of a package, if any. */
    static Optional<String> feature(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
