/**
 * First-run setup: the one-time setup code printed in the log, and the wizard's single write
 * that creates the school and its first administrator together, exactly once.
 */
package ru.parta.setup;
