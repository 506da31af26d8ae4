import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateWithPassword, LoginError } from "@/lib/auth/credentials";

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  if (typeof forwarded === "string" && forwarded.length > 0) return forwarded.split(",")[0]!.trim();
  const realIp = headers?.["x-real-ip"];
  return typeof realIp === "string" ? realIp : null;
}

// The secret comes from NEXTAUTH_SECRET, which instrumentation.ts validates at start-up.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          return await authenticateWithPassword(credentials ?? {}, clientIp(request?.headers));
        } catch (error) {
          // next-auth shows a thrown error's message as ?error=…; returning null means "wrong credentials".
          if (error instanceof LoginError && error.reason === "throttled") throw error;
          if (error instanceof LoginError) return null;
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
};
