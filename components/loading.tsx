import { Skeleton } from "@/components/ui/skeleton";

/** Shown while a list streams in. Used inside pages (after their auth checks), not as a route loading.tsx, so a 403 or redirect is still sent as such instead of after a 200 has begun. */
export function LoadingRows({ label }: { label: string }) {
  return <Skeleton label={label} />;
}
