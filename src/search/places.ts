/** Cities and airports a visitor can measure distance from (sort=distance&near=lat,lng). */
export const nearPlaces = [
  { id: 'tokyo', lat: 35.6812, lng: 139.7671 },
  { id: 'hnd', lat: 35.5494, lng: 139.7798 },
  { id: 'nrt', lat: 35.772, lng: 140.3929 },
  { id: 'osaka', lat: 34.7025, lng: 135.4959 },
  { id: 'kix', lat: 34.4347, lng: 135.244 },
  { id: 'kyoto', lat: 34.9858, lng: 135.7588 },
  { id: 'ngo', lat: 34.8584, lng: 136.8054 },
  { id: 'fuk', lat: 33.5859, lng: 130.4509 },
  { id: 'cts', lat: 42.7752, lng: 141.6923 },
  { id: 'oka', lat: 26.1958, lng: 127.6459 },
] as const

export type NearPlace = (typeof nearPlaces)[number]

export function nearValue(place: NearPlace): string {
  return `${place.lat},${place.lng}`
}
