package org.regiomonitor.referencedata.api;

import java.net.URI;
import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.regiomonitor.referencedata.LoadReport;
import org.regiomonitor.referencedata.ReferenceData;
import org.regiomonitor.referencedata.ReferenceDataAlreadyLoadedException;
import org.regiomonitor.referencedata.ReferenceDataStatus;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference dataset over the API, for administrators: status and on-demand load. */
@RestController
@RequestMapping("/api/admin/reference-data")
class ReferenceDataApiController {

    private final ReferenceData referenceData;
    private final AccessPolicy access;

    ReferenceDataApiController(ReferenceData referenceData, AccessPolicy access) {
        this.referenceData = referenceData;
        this.access = access;
    }

    /** Whether the dataset is loaded and the rows per table. */
    @GetMapping
    ReferenceDataStatus status(Authentication auth) {
        access.require(access.canManageReferenceData(auth));
        return referenceData.status();
    }

    /** Loads the Twente dataset; 409 when it is already loaded (nothing written). */
    @PostMapping("/load")
    LoadReport load(Authentication auth) {
        access.require(access.canManageReferenceData(auth));
        return referenceData.loadTwente(access.actorName(auth));
    }

    @ExceptionHandler(ReferenceDataAlreadyLoadedException.class)
    ResponseEntity<ProblemDetail> alreadyLoaded(ReferenceDataAlreadyLoadedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Reference data already loaded");
        p.setType(URI.create("urn:regiomonitor:problem:reference-data-loaded"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(InvalidReferenceDataException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReferenceDataException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The reference dataset is invalid; nothing was written.");
        p.setTitle("Invalid reference data");
        p.setType(URI.create("urn:regiomonitor:problem:reference-data-invalid"));
        p.setProperty("errors", e.problems());
        return ResponseEntity.unprocessableEntity().body(p);
    }
}
