/**
 * Users, roles and rights: log-in (form, HTTP Basic, personal API tokens) and the
 * {@link org.regiomonitor.security.AccessPolicy} every feature asks before it shows or changes data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.regiomonitor.security;
