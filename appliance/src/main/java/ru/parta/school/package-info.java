/**
 * The school this appliance serves: its profile, timezone and quiet hours, academic years, classes
 * with their class and subject teachers, and groups (the staff room among them).
 */
package ru.parta.school;
