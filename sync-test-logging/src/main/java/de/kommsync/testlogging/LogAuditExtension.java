package de.kommsync.testlogging;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test that logged unmasked personal data or a secret, naming the logger and the line with
 * the leak masked. Registered for every test through the service loader when {@code
 * junit.jupiter.extensions.autodetection.enabled=true}. What is logged outside a test (class setup,
 * {@code @AfterAll}) fails the class, and so does a run where SLF4J chose another provider. {@link
 * AllowsUnmaskedLogs} allows some kinds for a test. Lines are attributed by time, not by thread: a
 * line a background thread logs while a test runs counts for that test, so the extension assumes
 * the tests of a module run one at a time (JUnit's default).
 */
public final class LogAuditExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private static final int SHOWN = 10;
  private static final ExtensionContext.Namespace SPACE =
      ExtensionContext.Namespace.create(LogAuditExtension.class);

  /** Creates the extension; JUnit calls this through the service loader. */
  public LogAuditExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    requireAuditProvider(LoggerFactory.getILoggerFactory().getClass().getName());
    failOn(LogAudit.drainViolations(), Set.of(), "before the class " + context.getDisplayName());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    pending(context).addAll(LogAudit.drainViolations());
    LogAudit.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Set<Leak.Kind> allowed = allowed(context.getElement(), context.getTestClass());
    failOn(LogAudit.drainViolations(), allowed, "the test " + context.getDisplayName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<Violation> outside = new ArrayList<>(pending(context));
    outside.addAll(LogAudit.drainViolations());
    Set<Leak.Kind> allowed = allowed(Optional.empty(), context.getTestClass());
    failOn(outside, allowed, "the class " + context.getDisplayName() + " outside its tests");
  }

  /** Fails when SLF4J chose another provider: the audit would then see nothing. */
  static void requireAuditProvider(String factoryClass) {
    if (!factoryClass.startsWith(AuditingLogProvider.class.getName())) {
      throw new AssertionError(
          "SLF4J logs through "
              + factoryClass
              + ", not the audit provider: set slf4j.provider="
              + AuditingLogProvider.class.getName()
              + " for the test run and drop other providers from the test classpath");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Violation> pending(ExtensionContext context) {
    ExtensionContext classContext =
        context.getTestMethod().isPresent() ? context.getParent().orElse(context) : context;
    return classContext
        .getStore(SPACE)
        .getOrComputeIfAbsent("pending", key -> new ArrayList<Violation>(), List.class);
  }

  static Set<Leak.Kind> allowed(
      Optional<? extends AnnotatedElement> element, Optional<Class<?>> testClass) {
    Set<Leak.Kind> kinds = EnumSet.noneOf(Leak.Kind.class);
    element.map(e -> e.getAnnotation(AllowsUnmaskedLogs.class)).ifPresent(a -> add(kinds, a));
    for (Class<?> c = testClass.orElse(null); c != null; c = c.getEnclosingClass()) {
      AllowsUnmaskedLogs annotation = c.getAnnotation(AllowsUnmaskedLogs.class);
      if (annotation != null) {
        add(kinds, annotation);
      }
    }
    return kinds;
  }

  private static void add(Set<Leak.Kind> kinds, AllowsUnmaskedLogs annotation) {
    kinds.addAll(List.of(annotation.value()));
  }

  static void failOn(List<Violation> violations, Set<Leak.Kind> allowed, String where) {
    List<Violation> forbidden =
        violations.stream().filter(v -> !allowed.containsAll(v.kinds())).toList();
    if (forbidden.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder(where)
            .append(" logged unmasked personal data or a secret in ")
            .append(forbidden.size())
            .append(" line(s):");
    forbidden.stream()
        .limit(SHOWN)
        .forEach(v -> message.append(System.lineSeparator()).append("  ").append(v.describe()));
    throw new AssertionError(message.toString());
  }
}
