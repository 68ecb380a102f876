package org.glossa.desktop.viewmodel;

import java.util.Optional;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The server part of the status bar: whether the server is there, which memory confirmations are written to (the
 * working memory) and how many wait for it, e.g. "server: connected · writing to news · 0 pending", "server away, 3
 * confirmations queued for news", "server: no token for http://HOST:PORT, 2 confirmations queued for news", with the confirmations it refused for good when there are any. The write queue and the event stream report here (on the UI thread).
 */
public final class ServerStatus {

    /** What the editor last learnt about the server. */
    public enum Connection { CONNECTING, CONNECTED, AWAY, NO_TOKEN }

    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>(Connection.CONNECTING);
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper refused = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    /** The server without a token, while {@link Connection#NO_TOKEN}. */
    private String tokenless = "";

    /** The name of the memory confirmations are written to, shown in the text (empty: none). */
    private final String workingMemory;

    /** The status of a link without a working memory (termbases only). */
    public ServerStatus() {
        this(Optional.empty());
    }

    /** The status of a link whose confirmations go to {@code workingMemory} (its name). */
    public ServerStatus(Optional<String> workingMemory) {
        this.workingMemory = workingMemory.orElse("");
        connection.addListener((o, was, now) -> update());
        pending.addListener((o, was, now) -> update());
        refused.addListener((o, was, now) -> update());
        update();
    }

    /** The server answered (a write was acknowledged, the event stream connected). */
    void connected() {
        reason.set("");
        connection.set(Connection.CONNECTED);
    }

    /** The server could not be reached; {@code why} is the one-line reason (shown as the status bar's tooltip). */
    void away(String why) {
        reason.set(why);
        connection.set(Connection.AWAY);
    }

    /**
     * A call to the server failed with {@code failure}: away, or without a token ({@link NoToken}: the status bar
     * names the server, the tooltip says how to give a token).
     */
    void failed(Throwable failure) {
        if (failure instanceof NoToken missing) {
            tokenless = missing.server();
            reason.set(Messages.oneLine(failure));
            connection.set(Connection.NO_TOKEN);
            update(); // the same state for another server
            return;
        }
        away(Messages.oneLine(failure));
    }

    void counts(int waiting, int refusedForGood) {
        pending.set(waiting);
        refused.set(refusedForGood);
    }

    private void update() {
        int n = pending.get();
        String writing = workingMemory.isEmpty() ? "" : "writing to " + workingMemory + " · ";
        String s = switch (connection.get()) {
            case CONNECTING -> "server: connecting… · " + writing + n + " pending";
            case CONNECTED -> "server: connected · " + writing + n + " pending";
            case AWAY -> "server away, " + n + (n == 1 ? " confirmation" : " confirmations") + " queued"
                    + (workingMemory.isEmpty() ? "" : " for " + workingMemory);
            case NO_TOKEN -> "server: no token for " + tokenless + ", " + n
                    + (n == 1 ? " confirmation" : " confirmations") + " queued"
                    + (workingMemory.isEmpty() ? "" : " for " + workingMemory);
        };
        int r = refused.get();
        if (r > 0) s += " · " + r + " refused by the server";
        text.set(s);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public Connection connection() {
        return connection.get();
    }

    /** Confirmations not yet acknowledged by the server (refused ones not counted). */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public int pending() {
        return pending.get();
    }

    public int refused() {
        return refused.get();
    }

    /** Why the server is away (empty while connected). */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }
}
