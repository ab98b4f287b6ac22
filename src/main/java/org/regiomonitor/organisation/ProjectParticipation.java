package org.regiomonitor.organisation;

import java.util.List;

/** A project an organisation leads or takes part in, with its roles in display order. */
public record ProjectParticipation(long id, String title, String status, boolean published, List<String> roles) {
}
