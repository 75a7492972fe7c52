package dev.assistant.migration.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A migration version as given on the command line: digits separated by dots (3, 2.1). */
public class VersionConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!value.matches("\\d+(\\.\\d+)*")) {
            throw new TypeConversionException("'" + value + "' is not a version like 3 or 2.1");
        }
        return value;
    }
}
