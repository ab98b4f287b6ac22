/**
 * Users, roles and rights: log-in (form, HTTP Basic, personal API tokens) and the
 * {@link org.regiomonitor.security.AccessPolicy} every feature asks before it shows or changes data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
@org.regiomonitor.shared.OwnsTables({
        org.regiomonitor.db.tables.AppUser.class,
        org.regiomonitor.db.tables.UserProgramme.class,
        org.regiomonitor.db.tables.UserProject.class,
        org.regiomonitor.db.tables.ApiToken.class})
package org.regiomonitor.security;
