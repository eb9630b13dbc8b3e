// A Next.js 16 app with no next.config and no serverExternalPackages (tests/consumers/run.mjs).
export const metadata = { title: "next consumer", icons: { icon: "data:," } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
