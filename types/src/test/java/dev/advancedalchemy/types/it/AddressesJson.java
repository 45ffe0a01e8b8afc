package dev.advancedalchemy.types.it;

import dev.advancedalchemy.types.JsonConverter;
import jakarta.persistence.Converter;
import java.util.List;

@Converter
public class AddressesJson extends JsonConverter<List<Address>> {}
