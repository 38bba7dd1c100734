/**
 * Identity: organisations (cooperatives, SMEs, importers, consumers, hub operators,
 * customs authorities, logistics providers, the platform), their users and roles, sign-in
 * for people (session) and programs (API tokens), seller verification and the audit log
 * of security-relevant actions.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.isoko.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
