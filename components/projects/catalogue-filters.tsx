import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { controlStyle } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";
import { NEED_KINDS } from "@/lib/ideas/choices";
import { localised } from "@/lib/i18n/localised";
import { municipalityGroups } from "@/lib/regions/options";
import { CATALOGUE_SORTS, type CatalogueQuery } from "@/lib/projects/catalogue-schema";
import type { listAreasWithMunicipalities } from "@/lib/projects/queries";
import { PROJECT_STAGES } from "@/lib/projects/rules";

type Areas = Awaited<ReturnType<typeof listAreasWithMunicipalities>>;

function FilterSelect({ name, label, value, children }: { name: string; label: string; value: string | number | undefined; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`filter-${name}`} className="text-std-16B-170">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className={controlStyle}>
        {children}
      </select>
    </div>
  );
}

/**
 * A plain GET form: every filter is in the address, so a search can be shared or bookmarked.
 * Ideas have no stage and one order (newest first), so their tab offers neither.
 */
export async function CatalogueFilters({ query, areas }: { query: CatalogueQuery; areas: Areas }) {
  const [t, tStage, tNeed, locale] = await Promise.all([getTranslations("zukan"), getTranslations("stage"), getTranslations("need"), getLocale()]);
  const ideas = query.show === "ideas";
  return (
    <form method="get" action="/zukan" role="search" aria-label={t("filters")} className="flex flex-col gap-4 rounded-12 bg-solid-gray-50 p-4 md:p-6">
      <input type="hidden" name="show" value={query.show} />
      <TextField name="q" id="filter-q" type="search" label={t("q")} hint={ideas ? t("qHintIdeas") : t("qHint")} defaultValue={query.q} maxLength={100} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect name="area" label={t("area")} value={query.area}>
          <option value="">{t("any")}</option>
          {areas.map((area) => (
            <option key={area.code} value={area.code}>
              {localised(locale, area.nameJa, area.nameEn)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="municipality" label={t("municipality")} value={query.municipality}>
          <option value="">{t("any")}</option>
          {municipalityGroups(areas, locale).map((group) => (
            <optgroup key={group.areaCode} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </FilterSelect>
        <FilterSelect name="sdg" label={t("sdg")} value={query.sdg}>
          <option value="">{t("any")}</option>
          {Array.from({ length: 17 }, (_, i) => i + 1).map((goal) => (
            <option key={goal} value={goal}>
              {t("goal", { number: goal })}
            </option>
          ))}
        </FilterSelect>
        {!ideas && (
          <FilterSelect name="stage" label={t("stage")} value={query.stage}>
            <option value="">{t("any")}</option>
            {PROJECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {tStage(stage)}
              </option>
            ))}
          </FilterSelect>
        )}
        <FilterSelect name="need" label={ideas ? t("ideaNeeds") : t("need")} value={query.need}>
          <option value="">{t("any")}</option>
          {NEED_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tNeed(kind)}
            </option>
          ))}
        </FilterSelect>
        {!ideas && (
          <FilterSelect name="sort" label={t("sort")} value={query.sort}>
            {CATALOGUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort${sort[0]?.toUpperCase()}${sort.slice(1)}`)}
              </option>
            ))}
          </FilterSelect>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">{t("apply")}</Button>
        <TextLink href={ideas ? "/zukan?show=ideas" : "/zukan"}>{t("clear")}</TextLink>
      </div>
    </form>
  );
}
