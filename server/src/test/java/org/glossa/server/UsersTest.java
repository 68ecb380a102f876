package org.glossa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A remembered token is checked again against its user's row (no new Argon2 computation): a role change applies,
 * a new token for the user or a deleted user ends it.
 */
class UsersTest {
    private static void sql(TestServer t, String sql, String... params) throws Exception {
        try (Connection c = t.db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setString(i + 1, params[i]);
            st.executeUpdate();
        }
    }

    @Test
    void aRememberedTokenFollowsItsUsersRow() throws Exception {
        TestServer t = TestServer.get();
        String token = Users.add(t.db.dataSource(), "cache-user", Role.TRANSLATOR);
        Users users = new Users(t.db.dataSource(), 0); // every call reads the row again
        assertEquals(Optional.of(Role.TRANSLATOR), users.authenticate(token).map(Users.User::role));
        assertTrue(users.authenticate(token.substring(0, token.length() - 2) + "xx").isEmpty(), "a wrong secret");

        sql(t, "update users set role = 'reviewer' where name = ?", "cache-user");
        assertEquals(Optional.of(Role.REVIEWER), users.authenticate(token).map(Users.User::role));

        sql(t, "update users set token_hash = ? where name = ?", TokenHasher.hash(TokenHasher.newSecret()), "cache-user");
        assertTrue(users.authenticate(token).isEmpty(), "the user has a new token");

        String second = Users.add(t.db.dataSource(), "cache-user-2", Role.TRANSLATOR);
        assertTrue(users.authenticate(second).isPresent());
        sql(t, "delete from users where name = ?", "cache-user-2");
        assertTrue(users.authenticate(second).isEmpty(), "the user is gone");
    }
}
