/** The Authors/Books example application on Payara Micro. */
@NullMarked
package dev.advancedalchemy.examples.payara;

import org.jspecify.annotations.NullMarked;
