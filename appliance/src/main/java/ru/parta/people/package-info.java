/**
 * The school's people beyond their accounts: a student's class, parents' children, private
 * contact details, movement (transfers, leaving, the academic-year rollover), the roster import,
 * activation (with parents' consent) and the printable activation slips, and who may see whom.
 */
package ru.parta.people;
