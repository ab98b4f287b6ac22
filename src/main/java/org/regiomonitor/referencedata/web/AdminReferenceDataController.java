package org.regiomonitor.referencedata.web;

import org.regiomonitor.referencedata.InvalidReferenceDataException;
import org.regiomonitor.referencedata.LoadReport;
import org.regiomonitor.referencedata.ReferenceData;
import org.regiomonitor.referencedata.ReferenceDataAlreadyLoadedException;
import org.regiomonitor.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin page: is the reference dataset loaded, rows per table, and a button to load it. */
@Controller
class AdminReferenceDataController {

    private final ReferenceData referenceData;
    private final AccessPolicy access;

    AdminReferenceDataController(ReferenceData referenceData, AccessPolicy access) {
        this.referenceData = referenceData;
        this.access = access;
    }

    @GetMapping("/admin/reference-data")
    String page(Authentication auth, Model model) {
        access.require(access.canManageReferenceData(auth));
        model.addAttribute("status", referenceData.status());
        model.addAttribute("file", ReferenceData.TWENTE);
        return "referencedata/admin";
    }

    @PostMapping("/admin/reference-data/load")
    String load(Authentication auth, RedirectAttributes redirect) {
        access.require(access.canManageReferenceData(auth));
        try {
            LoadReport report = referenceData.loadTwente(access.actorName(auth));
            redirect.addFlashAttribute("loadedRows", report.totalRows());
            redirect.addFlashAttribute("loadedMillis", report.millis());
        } catch (ReferenceDataAlreadyLoadedException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        } catch (InvalidReferenceDataException e) {
            redirect.addFlashAttribute("invalid", e.problems());
        }
        // the NPVR plan (its own file) fills an empty plan whatever happened to the Twente dataset
        referenceData.loadNpvrIfEmpty(access.actorName(auth));
        return "redirect:/admin/reference-data";
    }
}
