"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { Board } from "@/lib/workshops/queries";
import { langOf } from "@/lib/i18n/text-lang";
import { colon, joinList } from "@/lib/i18n/punctuation";

const NODE_W = 240;
const NODE_H = 84;
const GAP_X = 90;
const GAP_Y = 28;
const CHARS_PER_LINE = 12;

/**
 * Plain SVG text cannot wrap by itself, and Japanese has no spaces: cut by width, counting a
 * half-width (Latin) character as about half a full-width one. At most three lines.
 */
function lines(text: string): string[] {
  const out: string[] = [];
  let line = "";
  let width = 0;
  for (const char of text) {
    const w = /[\u0000-\u00ff\uff61-\uff9f]/.test(char) ? 0.55 : 1;
    if (width + w > CHARS_PER_LINE) {
      out.push(line);
      line = "";
      width = 0;
    }
    line += char;
    width += w;
  }
  if (line) out.push(line);
  if (out.length > 3) out.splice(2, out.length - 2, `${out[2]!.slice(0, -1)}…`);
  return out;
}

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Session 2's issue map, laid out in layers (lib/workshops/rules/layout.ts): causes left,
 * effects right, likely root causes outlined in red. A text list follows for screen readers, and
 * the map can be saved as an SVG image or as JSON data.
 */
export function IssueMap({ board, dark = false, exportable = true }: { board: Board; dark?: boolean; exportable?: boolean }) {
  const t = useTranslations("workshopLive");
  const locale = useLocale();
  const svgRef = useRef<SVGSVGElement>(null);
  const markerId = useId().replaceAll(":", "");
  const text = new Map(board.cards.map((c) => [c.id, c.text]));
  const position = new Map(board.layout.map((p) => [p.id, { x: 16 + p.layer * (NODE_W + GAP_X), y: 16 + p.row * (NODE_H + GAP_Y) }]));
  const width = 32 + (Math.max(0, ...board.layout.map((p) => p.layer)) + 1) * (NODE_W + GAP_X) - GAP_X;
  const height = 32 + (Math.max(0, ...board.layout.map((p) => p.row)) + 1) * (NODE_H + GAP_Y) - GAP_Y;
  const roots = new Set(board.rootCauses);
  const ink = dark ? "#ffffff" : "#1a1a1a";
  if (board.cards.length === 0) return <p className={dark ? undefined : "text-std-16N-170"}>{t("noPosts")}</p>;
  return (
    <div className="flex flex-col gap-4">
      <p className={dark ? undefined : "text-std-16N-170"}>{t("mapDescription")}</p>
      <div className="overflow-auto">
        <svg ref={svgRef} xmlns="http://www.w3.org/2000/svg" role="img" aria-label={t("mapTitle")} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="h-auto max-w-full min-w-160">
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0 0 10 5 0 10z" fill={ink} />
            </marker>
          </defs>
          <rect width={width} height={height} fill={dark ? "#000000" : "#ffffff"} />
          {board.links.map((l) => {
            const from = position.get(l.from);
            const to = position.get(l.to);
            if (!from || !to) return null;
            const x1 = from.x + NODE_W;
            const y1 = from.y + NODE_H / 2;
            const x2 = to.x;
            const y2 = to.y + NODE_H / 2;
            // A link back to an earlier layer (part of a cycle) bends around below the cards.
            const d = x2 > x1 ? `M${x1} ${y1} C${x1 + GAP_X / 2} ${y1} ${x2 - GAP_X / 2} ${y2} ${x2} ${y2}` : `M${x1} ${y1} C${x1 + 60} ${height} ${x2 - 60} ${height} ${x2} ${y2}`;
            return <path key={l.id} d={d} fill="none" stroke={ink} strokeWidth={2.5} markerEnd={`url(#${markerId})`} />;
          })}
          {board.cards.map((card) => {
            const p = position.get(card.id);
            if (!p) return null;
            const root = roots.has(card.id);
            return (
              <g key={card.id} transform={`translate(${p.x} ${p.y})`}>
                <rect width={NODE_W} height={NODE_H} rx={8} fill="#fff7cc" stroke={root ? "#ec0000" : "#666666"} strokeWidth={root ? 6 : 1.5} />
                <text x={12} y={26} fontSize={16} fill="#1a1a1a" fontFamily="sans-serif">
                  {lines(card.text).map((line, i) => (
                    <tspan key={i} x={12} dy={i === 0 ? 0 : 22}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <details className={dark ? "sr-only" : undefined}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-1000 underline">{t("mapText")}</summary>
        <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
          {board.cards.map((card) => {
            const effects = board.links.filter((l) => l.from === card.id).map((l) => text.get(l.to) ?? "");
            return (
              <li key={card.id} className="wrap-anywhere">
                {roots.has(card.id) && <strong>{t("rootCause")}{colon(locale)}</strong>}
                <span lang={langOf(card.text)}>{card.text}</span>
                {effects.length > 0 && ` ${t("causes", { effects: joinList(locale, effects) })}`}
              </li>
            );
          })}
        </ul>
      </details>
      {exportable && (
        <div className="flex flex-wrap gap-3 print:hidden">
          <Button variant="secondary" size="sm" onClick={() => svgRef.current && download("issue-map.svg", "image/svg+xml", new XMLSerializer().serializeToString(svgRef.current))}>
            {t("exportSvg")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => download("issue-map.json", "application/json", JSON.stringify({ cards: board.cards.map(({ id, text: cardText }) => ({ id, text: cardText })), links: board.links, rootCauses: board.rootCauses }, null, 2))}
          >
            {t("exportJson")}
          </Button>
        </div>
      )}
    </div>
  );
}
