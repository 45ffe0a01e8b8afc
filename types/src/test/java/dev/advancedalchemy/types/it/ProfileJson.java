package dev.advancedalchemy.types.it;

import jakarta.persistence.Converter;
import dev.advancedalchemy.types.JsonConverter;

@Converter
public class ProfileJson extends JsonConverter<Profile> {}
