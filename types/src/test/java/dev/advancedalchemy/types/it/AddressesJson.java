package dev.advancedalchemy.types.it;

import jakarta.persistence.Converter;
import dev.advancedalchemy.types.JsonConverter;
import java.util.List;

@Converter
public class AddressesJson extends JsonConverter<List<Address>> {}
