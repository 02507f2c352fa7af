/**
 * The command line: {@code java -jar clientele.jar import FILE ...} uploads a file to a running
 * Clientele server over its REST API and follows the import to its end. Plain Java (the JDK's
 * HTTP client and Jackson), no Spring beans and no dependency on another module: the command
 * speaks to the server only through HTTP, as any other client does. {@link dev.clientele.cli.ImportCommand}
 * is its one public type.
 */
package dev.clientele.cli;
