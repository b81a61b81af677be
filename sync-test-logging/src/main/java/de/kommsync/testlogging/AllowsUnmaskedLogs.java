package de.kommsync.testlogging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a test (or every test of a class) log the given kinds of unmasked data without failing, for
 * tests that do it on purpose, such as one of the switch that turns masking off. Say why in {@link
 * #reason()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AllowsUnmaskedLogs {

  /** Returns the kinds the test may log; by default personal data, never secrets. */
  Leak.Kind[] value() default {Leak.Kind.EMAIL, Leak.Kind.PHONE};

  /** Returns why the test logs unmasked data. */
  String reason();
}
