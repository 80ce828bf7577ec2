/** The school this appliance serves: its profile and timezone (classes and groups come later). */
package ru.parta.school;
