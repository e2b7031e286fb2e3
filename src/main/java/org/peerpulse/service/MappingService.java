package org.peerpulse.service;

import java.util.List;
import java.util.Optional;
import org.peerpulse.io.ColumnMapping;
import org.peerpulse.io.ColumnMappingCodec;
import org.peerpulse.storage.MappingRepository;

/** Column mappings for other tools' files, saved by name and reused. */
public final class MappingService {
    private final MappingRepository mappings;

    MappingService(MappingRepository mappings) {
        this.mappings = mappings;
    }

    public List<String> names() {
        return mappings.names();
    }

    public Optional<ColumnMapping> load(String name) {
        return mappings.body(name).map(ColumnMappingCodec::decode);
    }

    public void save(ColumnMapping mapping) {
        if (mapping.name() == null || mapping.name().isBlank()) {
            throw new IllegalArgumentException("A mapping needs a name to be saved");
        }
        mappings.save(mapping.name().strip(), ColumnMappingCodec.encode(mapping));
    }
}
