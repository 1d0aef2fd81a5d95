import { useCallback, useEffect, useState } from "react";

export type Resource<T> = { status: "loading" } | { status: "error"; error: unknown } | { status: "ready"; data: T };

/**
 * Loads something once per `key` and can reload it. An answer that arrives after the key changed
 * (the user navigated on) is dropped instead of overwriting the newer page's data.
 */
export function useResource<T>(key: string, load: () => Promise<T>): [Resource<T>, () => void] {
  const [state, setState] = useState<{ key: string; resource: Resource<T> }>({
    key,
    resource: { status: "loading" },
  });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is a fresh closure every render; `key` says when it means something new.
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ key, resource: { status: "ready", data } }),
      (error: unknown) => current && setState({ key, resource: { status: "error", error } }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return [state.key === key ? state.resource : { status: "loading" }, reload];
}
