import { describe, expect, it } from 'vitest'

import { parseSearchParams, parseSuggestParams, type Parsed } from '@/search/params'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

function errorOf<T>(result: Parsed<T>): { parameter: string; message: string } {
  if (result.ok) throw new Error(`expected a parameter error, got ${JSON.stringify(result.value)}`)
  return result.error
}

function valueOf<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(`expected a valid query, got ${JSON.stringify(result.error)}`)
  return result.value
}

describe('GET /api/search parameters', () => {
  it('defaults to English, relevance, page 1 of 20 for an empty query string', () => {
    expect(valueOf(parse(''))).toEqual({ q: '', locale: 'en', filters: {}, sort: 'relevance', page: 1, pageSize: 20 })
  })

  it('parses every parameter of a full query', () => {
    const value = valueOf(
      parse(
        'q=%20knee%20%20replacement%20&lang=ko&type=package&specialty=orthopedics&specialty=sports-medicine' +
          '&prefecture=tokyo&prefecture=osaka&language=ko&accreditation=jmip&support=airport-pickup' +
          '&priceMin=100000&priceMax=900000&stayMax=7&sort=distance&near=35.68,139.76&page=3&pageSize=50',
      ),
    )
    expect(value).toEqual({
      q: 'knee replacement',
      locale: 'ko',
      type: 'package',
      filters: {
        specialty: ['orthopedics', 'sports-medicine'],
        prefecture: ['tokyo', 'osaka'],
        language: ['ko'],
        accreditation: ['jmip'],
        support: ['airport-pickup'],
        priceMin: 100000,
        priceMax: 900000,
        stayMax: 7,
      },
      sort: 'distance',
      near: { lat: 35.68, lng: 139.76 },
      page: 3,
      pageSize: 50,
    })
  })

  it('drops repeated filter values and treats empty form inputs as absent', () => {
    const value = valueOf(parse('prefecture=tokyo&prefecture=tokyo&priceMin=&priceMax=&type=&sort='))
    expect(value.filters).toEqual({ prefecture: ['tokyo'] })
    expect(value.sort).toBe('relevance')
    expect(value.type).toBeUndefined()
  })

  it('accepts 200 characters of Japanese in q (counted as characters, not bytes)', () => {
    expect(valueOf(parse(`q=${encodeURIComponent('膝'.repeat(200))}`)).q).toHaveLength(200)
  })

  it('accepts priceMin equal to priceMax and a near point without a distance sort', () => {
    const value = valueOf(parse('priceMin=500000&priceMax=500000&near=-33.9,151.2'))
    expect(value.filters).toEqual({ priceMin: 500000, priceMax: 500000 })
    expect(value.near).toEqual({ lat: -33.9, lng: 151.2 })
  })

  it.each([
    ['q=' + 'a'.repeat(201), 'q', 'q must be at most 200 characters'],
    ['q=a&q=b', 'q', 'q must be given at most once'],
    ['lang=de', 'lang', 'lang must be one of ja, en, zh-CN, zh-TW, ko, vi, th, id, ru, ar, es, fr, pt'],
    ['lang=en&lang=ja', 'lang', 'lang must be given at most once'],
    ['type=clinic', 'type', 'type must be one of package, hospital'],
    ['specialty=Knee%20Surgery', 'specialty', 'specialty must be a specialty slug (lower-case letters, digits and hyphens), not "Knee Surgery"'],
    ['prefecture=atlantis', 'prefecture', 'prefecture "atlantis" is not one of the known values'],
    ['language=klingon', 'language', 'language "klingon" is not one of the known values'],
    ['accreditation=michelin', 'accreditation', 'accreditation "michelin" is not one of the known values'],
    ['support=helicopter', 'support', 'support "helicopter" is not one of the known values'],
    ['priceMin=-1', 'priceMin', 'priceMin must be a non-negative integer'],
    ['priceMin=1.5', 'priceMin', 'priceMin must be a non-negative integer'],
    ['priceMax=lots', 'priceMax', 'priceMax must be a non-negative integer'],
    ['priceMax=1e6', 'priceMax', 'priceMax must be a non-negative integer'],
    ['stayMax=-2', 'stayMax', 'stayMax must be a non-negative integer'],
    ['priceMin=900000&priceMax=100000', 'priceMin', 'priceMin must not be greater than priceMax'],
    ['sort=cheapest', 'sort', 'sort must be one of relevance, price_asc, price_desc, distance'],
    ['sort=distance', 'near', 'near ("lat,lng") is required when sort is distance'],
    ['sort=distance&near=91,139', 'near', 'near must be "lat,lng" with lat between -90 and 90 and lng between -180 and 180'],
    ['near=35.6,181', 'near', 'near must be "lat,lng" with lat between -90 and 90 and lng between -180 and 180'],
    ['near=35.6', 'near', 'near must be "lat,lng" with lat between -90 and 90 and lng between -180 and 180'],
    ['near=tokyo,station', 'near', 'near must be "lat,lng" with lat between -90 and 90 and lng between -180 and 180'],
    ['page=0', 'page', 'page must be an integer of at least 1'],
    ['page=2.5', 'page', 'page must be an integer of at least 1'],
    ['page=-1', 'page', 'page must be an integer of at least 1'],
    ['pageSize=0', 'pageSize', 'pageSize must be between 1 and 50'],
    ['pageSize=51', 'pageSize', 'pageSize must be between 1 and 50'],
    ['pageSize=ten', 'pageSize', 'pageSize must be between 1 and 50'],
    ['colour=blue', 'colour', 'colour is not a parameter of this endpoint'],
    ['Q=knee', 'Q', 'Q is not a parameter of this endpoint'],
  ])('refuses %s, naming %s', (query, parameter, message) => {
    const error = errorOf(parse(query))
    expect(error.parameter).toBe(parameter)
    expect(error.message.startsWith(message)).toBe(true)
  })

  it('names the parameter of the first problem when several are wrong', () => {
    expect(errorOf(parse('pageSize=500&lang=xx')).parameter).toBe('lang')
  })

  it('refuses more than 20 values of one filter', () => {
    const many = Array.from({ length: 21 }, (_, i) => `specialty=s${i}`).join('&')
    expect(errorOf(parse(many))).toEqual({ parameter: 'specialty', message: 'specialty accepts at most 20 values' })
  })

  it('keeps an unknown parameter name short in the message', () => {
    const error = errorOf(parse(`${'x'.repeat(500)}=1`))
    expect(error.parameter).toHaveLength(41)
    expect(error.message).not.toContain('x'.repeat(41))
  })
})

describe('GET /api/search/suggest parameters', () => {
  it('parses q and lang with a limit of 8', () => {
    expect(valueOf(parseSuggestParams(new URLSearchParams('q=kne&lang=th')))).toEqual({ q: 'kne', locale: 'th', limit: 8 })
  })

  it('accepts an empty q (no suggestions) and defaults to English', () => {
    expect(valueOf(parseSuggestParams(new URLSearchParams('')))).toEqual({ q: '', locale: 'en', limit: 8 })
  })

  it.each([
    ['lang=xx', 'lang'],
    ['q=' + 'a'.repeat(201), 'q'],
    ['type=package', 'type'],
  ])('refuses %s, naming %s', (query, parameter) => {
    expect(errorOf(parseSuggestParams(new URLSearchParams(query))).parameter).toBe(parameter)
  })
})
