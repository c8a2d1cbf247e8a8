package org.diplograph.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A mutation that needs a token with the scope {@code diplograph:edit} (or admin, which
 * implies it), checked before the method runs and so before anything is loaded.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('SCOPE_diplograph:edit')")
public @interface RequiresEdit {

}
