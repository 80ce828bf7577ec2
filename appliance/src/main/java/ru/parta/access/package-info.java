/**
 * Accounts, roles, passwords and signing in: hashing (Argon2id), password and login rules, and
 * throttling of failed attempts per account and per client address.
 */
package ru.parta.access;
