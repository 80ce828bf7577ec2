/** A person's own account page (password, sessions, own data) and the administrators' security page. */
package ru.parta.ui.account;
