/** Hand-written test doubles of the SPI: recording fakes with fault injection, scripted plans. */
@NullMarked
package de.kommsync.doubles;

import org.jspecify.annotations.NullMarked;
