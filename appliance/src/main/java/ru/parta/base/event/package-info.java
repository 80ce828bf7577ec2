/** The in-process event bus that carries changes to whoever shows them, after commit. */
package ru.parta.base.event;
