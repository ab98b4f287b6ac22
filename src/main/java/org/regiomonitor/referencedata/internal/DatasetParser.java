package org.regiomonitor.referencedata.internal;

import java.io.IOException;
import java.io.InputStream;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a dataset file. Unknown fields are errors, so a typo in the file cannot silently drop data. */
public final class DatasetParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DatasetParser() {
    }

    public static Dataset parse(String json) {
        try {
            return JSON.readValue(json, Dataset.class);
        } catch (JacksonException e) {
            throw new InvalidReferenceDataException("the dataset is not valid JSON for the dataset format: "
                    + e.getOriginalMessage() + location(e), e);
        }
    }

    public static Dataset parseResource(String classpathLocation) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            return JSON.readValue(in, Dataset.class);
        } catch (JacksonException e) {
            throw new InvalidReferenceDataException(classpathLocation + " is not valid JSON for the dataset format: "
                    + e.getOriginalMessage() + location(e), e);
        } catch (IOException e) {
            throw new InvalidReferenceDataException("cannot read " + classpathLocation + ": " + e.getMessage(), e);
        }
    }

    static JsonMapper json() {
        return JSON;
    }

    private static String location(JacksonException e) {
        String path = e.getPathReference();
        return path == null || path.isBlank() ? "" : " (at " + path + ")";
    }
}
