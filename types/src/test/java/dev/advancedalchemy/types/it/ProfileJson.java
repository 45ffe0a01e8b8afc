package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.JsonConverter;
import jakarta.persistence.Converter;

@Converter
public class ProfileJson extends JsonConverter<Profile> {}
