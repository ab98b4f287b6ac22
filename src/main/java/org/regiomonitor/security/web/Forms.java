package org.regiomonitor.security.web;

import java.util.ArrayList;
import java.util.List;
import org.regiomonitor.security.Role;

/** Form objects of the security pages. */
public final class Forms {

    private Forms() {
    }

    public static class UserCreateForm {
        private String username;
        private String displayName;
        private String email;
        private Role role = Role.VIEWER;
        private String password;
        private boolean generatePassword;
        private List<Long> programmeIds = new ArrayList<>();
        private List<Long> projectIds = new ArrayList<>();

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean isGeneratePassword() { return generatePassword; }
        public void setGeneratePassword(boolean generatePassword) { this.generatePassword = generatePassword; }
        public List<Long> getProgrammeIds() { return programmeIds; }
        public void setProgrammeIds(List<Long> programmeIds) { this.programmeIds = programmeIds == null ? new ArrayList<>() : programmeIds; }
        public List<Long> getProjectIds() { return projectIds; }
        public void setProjectIds(List<Long> projectIds) { this.projectIds = projectIds == null ? new ArrayList<>() : projectIds; }
    }

    public static class UserEditForm {
        private String displayName;
        private String email;
        private Role role;
        private boolean enabled;
        private List<Long> programmeIds = new ArrayList<>();
        private List<Long> projectIds = new ArrayList<>();
        private int version;

        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public List<Long> getProgrammeIds() { return programmeIds; }
        public void setProgrammeIds(List<Long> programmeIds) { this.programmeIds = programmeIds == null ? new ArrayList<>() : programmeIds; }
        public List<Long> getProjectIds() { return projectIds; }
        public void setProjectIds(List<Long> projectIds) { this.projectIds = projectIds == null ? new ArrayList<>() : projectIds; }
        public int getVersion() { return version; }
        public void setVersion(int version) { this.version = version; }
    }

    public static class PasswordResetForm {
        private String password;
        private boolean generate;
        /** Unchecked by default: a reset is usually for a compromised account, whose tokens must go too. */
        private boolean keepTokens;

        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public boolean isGenerate() { return generate; }
        public void setGenerate(boolean generate) { this.generate = generate; }
        public boolean isKeepTokens() { return keepTokens; }
        public void setKeepTokens(boolean keepTokens) { this.keepTokens = keepTokens; }
    }

    public static class TokenForm {
        private String name;
        private Integer expiryDays;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getExpiryDays() { return expiryDays; }
        public void setExpiryDays(Integer expiryDays) { this.expiryDays = expiryDays; }
    }

    public static class PasswordChangeForm {
        private String currentPassword;
        private String newPassword;
        private String confirmation;

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
        public String getConfirmation() { return confirmation; }
        public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
    }
}
