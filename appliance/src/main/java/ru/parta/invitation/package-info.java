/**
 * Invitation links and join requests: how people the school did not import get in. A link joins a
 * class or a group in a role; where approval is needed a join request waits for an administrator
 * or the class teacher.
 */
package ru.parta.invitation;
