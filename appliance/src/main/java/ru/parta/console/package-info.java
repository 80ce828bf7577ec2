/**
 * The SSH console and SFTP for whoever looks after the box (Apache MINA SSHD, embedded): public
 * keys only, every command run as the administrator the key belongs to, through the same services
 * the screens call, and audited with the key's fingerprint.
 */
package ru.parta.console;
