/**
 * The usage text of every `atlas` command, kept apart from the commands so `atlas <command> --help`
 * answers without loading a command's import graph (the importers, the join, Chromium).
 */

/** `atlas inspect --help`. */
export const INSPECT_USAGE = `Usage: atlas inspect FILE... [--json]

Reports format, kind (areas, points, table), feature or row count, CRS, WGS84 extent and the detected
area code and name columns of each dataset. A .shp brings the .dbf, .prj, .cpg and .shx beside it (as
ogrinfo does); shapefile parts given separately are read as one dataset; a folder stands for the files
in it; .zip files are expanded. Exits 1 when any dataset has errors.

  --json   print one JSON object {"datasets":[...]} and nothing else on stdout
`;

/** `atlas join --help`. */
export const JOIN_USAGE = `Usage: atlas join --boundaries FILE... --incidents FILE... [--population FILE[:COLUMN]]
                  [--by month|week] [--years FROM-TO] [--out FILE.csv] [--no-suppression]
                  [--hotspots [--emerging-rules arcgis-pro|atlas] [--fdr]] [--json]

Joins incident points (police.uk CSVs, other CSVs, GeoJSON points) to the areas of the boundary files
by point-in-polygon, then counts incidents per area, per period and per category.

  --boundaries FILE...  boundary files (GeoJSON, TopoJSON, a .shp and its siblings, .zip, folder); all
                        areas are used
  --incidents FILE...   incident files (CSV, GeoJSON, a .zip or folder of them, such as a police.uk
                        download), read as one dataset
  --postcodes FILE...   a postcode lookup (ONS Postcode Directory, NSPL or Code-Point Open CSV, whole
                        or for your area; .zip or folder): incidents with a postcode and no
                        coordinates are placed at its centroid and counted in its LSOA when it has one
  --population FILE[:COLUMN]
                        residents per area code from a table (e.g. Census 2021 TS001), for rates per
                        1,000; the column is found on its header ("…: Total; measures: Value", "All
                        usual residents", "Population"…) unless named after a colon. Without it, a
                        population column of the boundaries is used when there is one
  --by month|week       periods: calendar months (default) or ISO weeks starting on Monday
  --years FROM-TO       years an incident may be dated in, e.g. 2015-2023; rows dated outside are
                        rejected as such (default 1990 to next year)
  --out FILE.csv        write areaCode, areaName, count, rate per 1,000 (with a population column)
                        and one column per period. Small numbers are suppressed: counts of 1 to 4
                        are written "<5", and the cells that would give them back by subtraction
                        (from the area's count or the total of all areas), and rates from withheld
                        counts, "[c]"
  --no-suppression      write every count as it is, in --out, --json and the summary (for your own
                        use only: never share that output)
  --hotspots            also Getis-Ord Gi* hot and cold spots of the counts (queen contiguity) and,
                        over two or more periods, each area's emerging hot spot category
  --emerging-rules arcgis-pro|atlas
                        the category rules: ArcGIS Pro's published ones (default), or the atlas's
                        own, which still call an area sporadic when it was hot on and off but not in
                        the last period
  --fdr                 bin Gi* by false-discovery-rate adjusted p-values
  --json                print one JSON object and nothing else on stdout; its counts are suppressed
                        as the CSV's are, and its "suppression" field says whether they were
`;

/** `atlas index --help`. */
export const INDEX_USAGE = `Usage: atlas index --boundaries FILE... [--table FILE...] [options]

Computes the composite cohesion index per area: each indicator standardised to z-scores, signed so that
higher = more cohesive, weighted and averaged over the indicators an area has (areas with less than the
minimum share of the weight are not scored). Rank 1 and quintile 1 are the lowest scores.

  --boundaries FILE...     boundary file(s) of one dataset (GeoJSON, TopoJSON, a .shp and its siblings, .zip, folder)
  --table FILE...          indicator tables (CSV, .xlsx, .ods; .zip or folder) joined to the areas on area code
  --indicators a,b,c       columns to use (default: one column per cohesion factor the catalogue recognises)
  --direction col=DIR      positive or negative, for columns the catalogue does not recognise (or to override)
  --weight col=W           weight of a column in the index (default 1)
  --period P               period of multi-period tables to use (default: the latest)
  --min-weight-share S     share of the total weight an area needs to be scored (default 0.5)
  --json                   print one JSON object {"areas":[...],"indicators":[...],"excluded":n} and nothing else
`;

/** `atlas export --help`. */
export const EXPORT_USAGE = `Usage: atlas export --workspace FILE.cohesion-atlas --out DIR [options]

Opens the workspace file in the built app (run "npm run build" first) in headless Chromium and exports
one image per saved view, or the current map when the workspace has no saved views, into DIR.

  --paper screen|a4|a3            page size (default a4)
  --orientation portrait|landscape (default landscape)
  --dpi 150|300                   resolution for A4/A3 (default 300)
  --format png|pdf                (default png)
  --json                          print one JSON object {"pages":[{view,file,title,period,legend:{title,classes}}],"refused":[{view,reason}]}
                                  and nothing else on stdout; exits 1 when a view was refused
`;

export const REPORT_USAGE = `Usage: atlas report --workspace FILE.cohesion-atlas --out FILE.pdf [options]

Makes the tension monitoring group's report from a saved workspace as a PDF, through the same document code
as the app's report panel. The sections, their order and (unless given here) the version and day are those
chosen in the workspace. Maps are not part of the document yet (the PDF says so).

  --kind tension                  the report to make (the annual cohesion profile is not available yet)
  --tier full|edited              full (Gold and Silver) or edited (Bronze and partner agencies); default: the workspace's choice
  --date YYYY-MM-DD               the day reported on; default: the workspace's choice, else the latest tension rating's day
  --lang en|cy                    English or Welsh (default en)
  --json                          print one JSON object {"file","kind","tier","date","lang","maps":false,"pages":[{page,section,title}]}
                                  and nothing else on stdout
`;
