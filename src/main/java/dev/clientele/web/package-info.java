/**
 * The shell of the server-rendered UI: the page layout, the home redirect, the error pages and
 * the few helpers page controllers of every module share (field errors, flash messages, date display, the lines of a textarea). Owns no
 * data; each module's page controllers call their own façades.
 */
package dev.clientele.web;
