/**
 * Test support for KommSync and for users' own tests: product simulations of EspoCRM ({@link
 * de.kommsync.testkit.EspoCrmSimulation}) and Advoware ({@link
 * de.kommsync.testkit.AdvowareSimulation}) that apply the products' rules to product JSON,
 * in-memory fakes of the two SPI roles that go through them ({@link
 * de.kommsync.testkit.InMemoryEspoCrm}, {@link de.kommsync.testkit.InMemoryAdvoware}) with call
 * counting and fault injection ({@link de.kommsync.testkit.FaultPlan}), a sample data set ({@link
 * de.kommsync.testkit.SampleParties}), a fake EspoCRM HTTP server on loopback ({@link
 * de.kommsync.testkit.FakeEspoCrmServer}) and the SPI contract tests an adapter can run ({@link
 * de.kommsync.testkit.CrmContract}).
 */
@NullMarked
package de.kommsync.testkit;

import org.jspecify.annotations.NullMarked;
