package org.peerpulse.storage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peerpulse.domain.Wave;
import org.peerpulse.domain.WaveId;

/** Survey waves of the program. */
public final class WaveRepository {
    private final Database database;
    private final KeptUntilWrite<List<Wave>> all;

    public WaveRepository(Database database) {
        this.database = database;
        this.all = new KeptUntilWrite<>(database);
    }

    /** Every wave, in time order (kept until the next write: not to be changed). */
    public List<Wave> all() {
        return all.get(() -> List.copyOf(database.read(WaveRepository::all, "read the waves")));
    }

    public List<Wave> all(Transaction tx) {
        try {
            return all(tx.connection());
        } catch (SQLException e) {
            throw new StorageException("read the waves", e);
        }
    }

    private static List<Wave> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select id, label, field_date, demo from wave");
             ResultSet rows = statement.executeQuery()) {
            List<Wave> waves = new ArrayList<>();
            while (rows.next()) {
                waves.add(wave(rows));
            }
            waves.sort(Wave.IN_ORDER);
            return waves;
        }
    }

    public Wave add(String label, LocalDate date, boolean demo) {
        return database.inTransaction(c -> add(c, label, date, demo), "add the wave " + label);
    }

    public Wave add(Transaction tx, String label, LocalDate date, boolean demo) {
        try {
            return add(tx.connection(), label, date, demo);
        } catch (SQLException e) {
            throw new StorageException("add the wave " + label, e);
        }
    }

    private static Wave add(Connection connection, String label, LocalDate date, boolean demo) throws SQLException {
        Wave draft = new Wave(new WaveId(0), label, date, demo);
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into wave (label, field_date, demo) values (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, draft.label());
            statement.setDate(2, date == null ? null : Date.valueOf(date));
            statement.setBoolean(3, demo);
            statement.executeUpdate();
            return new Wave(new WaveId(Jdbc.generatedKey(statement)), draft.label(), date, demo);
        }
    }

    /** Changes a wave's label and field date; responses belong to its id, so none is lost. */
    public Wave update(Wave wave) {
        return database.inTransaction(c -> update(c, wave), "change the wave " + wave.label());
    }

    /** {@link #update(Wave)} inside the caller's transaction. */
    public Wave update(Transaction tx, Wave wave) {
        try {
            return update(tx.connection(), wave);
        } catch (SQLException e) {
            throw new StorageException("change the wave " + wave.label(), e);
        }
    }

    private static Wave update(Connection c, Wave wave) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(
                "update wave set label = ?, field_date = ? where id = ?")) {
            statement.setString(1, wave.label());
            statement.setDate(2, wave.date() == null ? null : Date.valueOf(wave.date()));
            statement.setLong(3, wave.id().value());
            if (statement.executeUpdate() != 1) {
                throw new SQLException("there is no wave with id " + wave.id().value());
            }
            return wave;
        }
    }

    /** Deletes the demo waves that no response belongs to; those that hold the program's own answers become its waves. */
    public void removeDemoWaves(Transaction tx) {
        try (PreparedStatement delete = tx.connection().prepareStatement(
                "delete from wave where demo = true and not exists (select 1 from response r where r.wave_id = wave.id)");
             PreparedStatement keep = tx.connection().prepareStatement("update wave set demo = false where demo = true")) {
            delete.executeUpdate();
            keep.executeUpdate(); // those left hold the program's own answers
        } catch (SQLException e) {
            throw new StorageException("delete the demo waves", e);
        }
    }

    private static Wave wave(ResultSet row) throws SQLException {
        Date date = row.getDate("field_date");
        return new Wave(new WaveId(row.getLong("id")), row.getString("label"),
                date == null ? null : date.toLocalDate(), row.getBoolean("demo"));
    }
}
