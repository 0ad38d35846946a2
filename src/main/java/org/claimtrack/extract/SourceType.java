package org.claimtrack.extract;

public enum SourceType {
    PERSON,
    GOVERNMENT,
    ORGANIZATION,
    MEDIA,
    UNNAMED
}
