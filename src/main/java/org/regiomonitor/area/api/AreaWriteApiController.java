package org.regiomonitor.area.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.regiomonitor.area.AreaInput;
import org.regiomonitor.area.internal.AreaEditor;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create and change areas and their memberships (which region holds which municipality). */
@RestController
@RequestMapping("/api/areas")
@Tag(name = "Areas")
class AreaWriteApiController {

    private final AreaEditor editor;
    private final AccessPolicy access;

    AreaWriteApiController(AreaEditor editor, AccessPolicy access) {
        this.editor = editor;
        this.access = access;
    }

    @PostMapping
    @Operation(summary = "Create an area with its memberships (administrators)")
    ResponseEntity<Void> create(@RequestBody AreaInput input, Authentication auth) {
        access.require(access.canManageReferenceData(auth));
        String code = editor.create(input, access.actorName(auth));
        return ResponseEntity.created(URI.create("/api/areas/" + code)).build();
    }

    @PutMapping("/{code}")
    @Operation(summary = "Change an area and replace its memberships (administrators; send the version you read)")
    ResponseEntity<Void> update(@PathVariable String code, @RequestBody AreaInput input, Authentication auth) {
        access.require(access.canManageReferenceData(auth));
        editor.update(code, input, access.actorName(auth));
        return ResponseEntity.noContent().build();
    }
}
