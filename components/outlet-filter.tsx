import { Field } from "@/components/ui/field";

/** The "Outlet" drop-down shared by the list pages' GET filter forms (filters by outlet name). */
export function OutletFilter({ id, outlets, value }: { id: string; outlets: { id: string; name: string }[]; value: string | undefined }) {
  return (
    <Field id={id} label="Outlet">
      {(control) => (
        <select {...control} name="outlet" defaultValue={value ?? ""}>
          <option value="">All outlets</option>
          {outlets.map((outlet) => (
            <option key={outlet.id} value={outlet.name}>
              {outlet.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
