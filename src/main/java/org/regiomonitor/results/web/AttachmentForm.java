package org.regiomonitor.results.web;

import org.springframework.web.multipart.MultipartFile;

/** Evidence uploaded to a draft or returned update. */
public class AttachmentForm {

    private MultipartFile file;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }
}
