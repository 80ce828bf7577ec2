/**
 * Polls in chats and channels: single or multiple choice, named or anonymous, closed on a deadline
 * or by hand, results live or only after closing, a vote changeable until then. An anonymous
 * ballot is stored apart from the record that someone voted, under a key only the voter's
 * session can make ({@link ru.parta.poll.BallotSecret}; docs/privacy.md).
 */
package ru.parta.poll;
