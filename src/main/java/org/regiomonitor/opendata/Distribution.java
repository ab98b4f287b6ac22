package org.regiomonitor.opendata;

/**
 * One way to get a dataset: a file ({@code dcat:downloadURL}) or the JSON API ({@code dcat:accessURL} with the API as
 * its {@code dcat:accessService}).
 *
 * @param key    unique within the dataset (the fragment of the distribution's identifier)
 * @param path   the address within the application, e.g. {@code /projects.csv?table=partners}
 * @param title  what it holds, e.g. "Partners (CSV)"
 * @param file   a file to download; false: an API endpoint
 */
public record Distribution(String key, Format format, String path, Label title, boolean file) {
}
